import { z } from 'zod';

/** How long unsent text is kept: a round lasts weeks, a forgotten draft should not last for ever. */
export const UNSENT_MAX_AGE_MS = 30 * 24 * 60 * 60 * 1000;
/** Places kept per user: the oldest go first, so the browser's storage quota is never reached. */
export const UNSENT_MAX_ENTRIES = 50;

/** Bumped when the stored shape changes: an older file is then ignored, never misread. */
const STORE_VERSION = 1;
const KEY_PREFIX = 'concordia.unsent:';
/** Set at sign-out, for the other tabs of the browser, whose forms would otherwise write the text back. */
const SIGNED_OUT_PREFIX = 'concordia.unsent-signed-out:';

const entrySchema = z.object({ savedAt: z.number(), value: z.unknown() });
const fileSchema = z.object({
  version: z.literal(STORE_VERSION),
  entries: z.record(z.string(), entrySchema),
});
type Entries = z.infer<typeof fileSchema>['entries'];

/** The part of the Web Storage API the store uses (a fake in unit specs). */
export interface KeyValueStorage {
  readonly length: number;
  key(index: number): string | null;
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/**
 * Text a user wrote and has not sent, per user and per place (what is being written where), in
 * the browser's storage: one item per user, so one user's text is never read for another and
 * signing out removes exactly theirs. Best effort: storage that is missing, full or refused
 * (private windows, quotas) loses the keeping, never the form.
 */
export class UnsentStore {
  /** Users signed out in this tab: a form unmounting after sign-out must not write their text back. */
  private readonly closed = new Set<string>();

  constructor(
    private readonly storage: KeyValueStorage | null,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** The value kept at `place`, or null when there is none, it expired, or it no longer fits `schema`. */
  read<S extends z.ZodType>(userId: string, place: string, schema: S): z.output<S> | null {
    const entry = this.entries(userId)[place];
    if (!entry || this.expired(entry.savedAt)) return null;
    const parsed = schema.safeParse(entry.value);
    return parsed.success ? parsed.data : null;
  }

  /** The places of this user with text kept, newest first. */
  places(userId: string): string[] {
    return Object.entries(this.entries(userId))
      .filter(([, entry]) => !this.expired(entry.savedAt))
      .sort(([, a], [, b]) => b.savedAt - a.savedAt)
      .map(([place]) => place);
  }

  write(userId: string, place: string, value: unknown): void {
    if (this.closed.has(userId) || this.attempt(() => this.storage?.getItem(SIGNED_OUT_PREFIX + userId))) return;
    const entries = { ...this.entries(userId), [place]: { savedAt: this.now(), value } };
    this.save(userId, this.bounded(entries));
    this.sweepOthers(userId);
  }

  remove(userId: string, place: string): void {
    const entries = this.entries(userId);
    if (!(place in entries)) return;
    const { [place]: _removed, ...rest } = entries;
    this.save(userId, rest);
  }

  /** Sign-out: the user's text goes, and stays gone until they sign in again in this tab. */
  forgetUser(userId: string): void {
    this.closed.add(userId);
    this.attempt(() => {
      this.storage?.removeItem(KEY_PREFIX + userId);
      this.storage?.setItem(SIGNED_OUT_PREFIX + userId, String(this.now()));
    });
  }

  /** Sign-in: what this user writes is kept again. */
  openUser(userId: string): void {
    this.closed.delete(userId);
    this.attempt(() => this.storage?.removeItem(SIGNED_OUT_PREFIX + userId));
  }

  private entries(userId: string): Entries {
    const raw = this.attempt(() => this.storage?.getItem(KEY_PREFIX + userId) ?? null) ?? null;
    if (raw === null) return {};
    let json: unknown;
    try {
      json = JSON.parse(raw);
    } catch {
      return {};
    }
    const parsed = fileSchema.safeParse(json);
    return parsed.success ? parsed.data.entries : {};
  }

  private save(userId: string, entries: Entries): void {
    const key = KEY_PREFIX + userId;
    this.attempt(() =>
      Object.keys(entries).length === 0
        ? this.storage?.removeItem(key)
        : this.storage?.setItem(key, JSON.stringify({ version: STORE_VERSION, entries })),
    );
  }

  private bounded(entries: Entries): Entries {
    const kept = Object.entries(entries)
      .filter(([, entry]) => !this.expired(entry.savedAt))
      .sort(([, a], [, b]) => b.savedAt - a.savedAt)
      .slice(0, UNSENT_MAX_ENTRIES);
    return Object.fromEntries(kept);
  }

  /** Users who never signed out on a shared computer: their expired text goes too. */
  private sweepOthers(userId: string): void {
    const storage = this.storage;
    if (!storage) return;
    const keys = this.attempt(() =>
      Array.from({ length: storage.length }, (_, i) => storage.key(i)).filter(
        (key): key is string => key !== null && key.startsWith(KEY_PREFIX) && key !== KEY_PREFIX + userId,
      ),
    );
    for (const key of keys ?? []) {
      const other = key.slice(KEY_PREFIX.length);
      const entries = this.entries(other);
      const kept = this.bounded(entries);
      if (Object.keys(kept).length !== Object.keys(entries).length) this.save(other, kept);
    }
  }

  private expired(savedAt: number): boolean {
    return this.now() - savedAt > UNSENT_MAX_AGE_MS;
  }

  private attempt<T>(action: () => T): T | undefined {
    try {
      return action();
    } catch {
      return undefined;
    }
  }
}

const browserStorage = (): KeyValueStorage | null => {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    return null; // storage refused by the browser's settings
  }
};

/** The store of this browser tab. */
export const unsentStore = new UnsentStore(browserStorage());
