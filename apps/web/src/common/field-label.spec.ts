import * as contracts from '@concordia/contracts';
import type { TFunction } from 'i18next';
import { en } from '../i18n/locales/en';
import { es } from '../i18n/locales/es';
import { fr } from '../i18n/locales/fr';
import { translator } from '../testing/translator';
import { fieldLabel } from './field-label';

/** What the walk reads of a zod schema's definition. */
interface Def {
  type: string;
  shape?: Record<string, Schema>;
  element?: Schema;
  innerType?: Schema;
  in?: Schema;
  out?: Schema;
  options?: Schema[];
  left?: Schema;
  right?: Schema;
  getter?: () => Schema;
}
interface Schema {
  _zod: { def: Def };
}

/** Every path a schema can report an issue at, a list's items as its first ("delegationIds.0"). */
function paths(schema: Schema, at: string[] = [], found = new Set<string>()): Set<string> {
  const def = schema._zod.def;
  const inner = [
    def.element,
    def.innerType,
    def.in,
    def.out,
    def.left,
    def.right,
    def.getter?.(),
    ...(def.options ?? []),
  ];
  if (def.type === 'object') {
    for (const [key, value] of Object.entries(def.shape ?? {})) {
      found.add([...at, key].join('.'));
      paths(value, [...at, key], found);
    }
  } else if (def.type === 'array' && def.element) {
    found.add([...at, '0'].join('.'));
    paths(def.element, [...at, '0'], found);
  } else if (def.type !== 'record') {
    // A record's keys are values (notification types), not fields: the record's own name labels them.
    for (const next of inner) if (next) paths(next, at, found);
  }
  return found;
}

/** The request schemas of the contracts: bodies, queries and route parameters the web sends. */
const requestSchemas = Object.entries(contracts).filter(
  ([name]) => /(Request|Query|Params?)Schema$/u.test(name) || name === 'updateNotificationPreferencesSchema',
) as [string, Schema][];

/** Paths the API names outside the schemas: route parameters checked by its ObjectId pipe, domain rules. */
const ROUTE_AND_RULE_PATHS = ['id', 'entryId', 'membershipId', 'token', 'key', 'draftId', 'closesAt', 'selectors'];

describe('field labels', () => {
  let t: Record<'en' | 'fr' | 'es', TFunction>;
  beforeAll(async () => {
    t = { en: await translator('en'), fr: await translator('fr'), es: await translator('es') };
  });

  it('reads the request schemas of every form', () => {
    const names = requestSchemas.map(([name]) => name);
    for (const form of [
      'createRoundRequestSchema',
      'createDraftRequestSchema',
      'applyOperationRequestSchema',
      'createAnnotationRequestSchema',
      'recordPositionRequestSchema',
      'addMemberRequestSchema',
      'createInvitationRequestSchema',
      'createUserRequestSchema',
      'createProcessRequestSchema',
      'createDelegationRequestSchema',
      'startSilenceRequestSchema',
      'acceptImportRequestSchema',
      'changePasswordRequestSchema',
      'updateNotificationPreferencesSchema',
    ]) {
      expect(names).toContain(form);
    }
  });

  it('names every field path the server can report in words of each language, never its raw name', () => {
    const all = new Set(ROUTE_AND_RULE_PATHS);
    for (const [, schema] of requestSchemas) for (const path of paths(schema)) all.add(path);
    expect(all.size).toBeGreaterThan(80);
    const unlabelled = [...all].flatMap((path) =>
      path
        .split('.')
        .filter((segment) => !/^\d+$/u.test(segment) && !Object.hasOwn(en.fieldLabels.names, segment))
        .map((segment) => `${segment} (in ${path})`),
    );
    expect(unlabelled).toEqual([]);
  });

  it('has every label in English, French and Spanish, translated', () => {
    const names = Object.keys(en.fieldLabels.names);
    expect(Object.keys(fr.fieldLabels.names)).toEqual(names);
    expect(Object.keys(es.fieldLabels.names)).toEqual(names);
    for (const language of ['en', 'fr', 'es'] as const) {
      for (const name of names) {
        const label = fieldLabel(name, t[language]);
        expect({ name, label }).toEqual({ name, label: expect.stringMatching(/\S/u) });
        expect(label).not.toContain('fieldLabels.');
      }
    }
    const copied = (language: 'fr' | 'es') =>
      names.filter((name) => fieldLabel(name, t[language]) === fieldLabel(name, t.en));
    // A few words are the same ("Code", "Description", "Version"): most are not.
    expect(copied('fr').length).toBeLessThan(names.length / 5);
    expect(copied('es').length).toBeLessThan(names.length / 5);
  });

  it('labels nested paths and the items of lists', () => {
    expect(fieldLabel('closesAt', t.fr)).toBe('Clôture');
    expect(fieldLabel('amendment.text', t.en)).toBe('Amendment › Text');
    expect(fieldLabel('amendment.text', t.es)).toBe('Enmienda › Texto');
    expect(fieldLabel('delegationIds.2', t.en)).toBe('Participating delegations no. 3');
    expect(fieldLabel('delegationIds.0', t.fr)).toBe('Délégations participantes n°\u00a01');
    expect(fieldLabel('selectors.quote.exact', t.fr)).toBe('Mots sélectionnés › Citation › Mots cités');
  });

  it('writes a path it has no label for as words, never as the raw path', () => {
    expect(fieldLabel('amendment.sponsorNote', t.en)).toBe('Amendment › sponsor note');
    expect(fieldLabel('a.b.0.c', t.en)).toBe('a › b no. 1 › c');
    expect(fieldLabel('modes.annotation_reply', t.fr)).toBe('Mode de réception › annotation reply');
    expect(fieldLabel('0', t.en)).toBe('0');
  });
});
