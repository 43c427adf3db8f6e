export { toSilenceProcedure } from '@concordia/dal';
