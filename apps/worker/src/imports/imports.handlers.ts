import { ParseImportHandler } from './parse-import.handler';

/** Every handler of the imports queue; the worker module registers them as providers. */
export const IMPORT_HANDLERS = [ParseImportHandler];
