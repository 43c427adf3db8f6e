import {
  createModels,
  ensureIndexes,
  isDuplicateKeyError,
  type DelegationRecord,
  type UserRecord,
  WORKING_VERSION_LABEL,
} from '@concordia/dal';
import mongoose, { type Collection, type Connection, type Types } from 'mongoose';
import { PasswordHasher } from '../auth/password-hasher.service';
import { DEMO_ACCOUNTS, type DemoAccounts } from './demo-accounts';
import {
  DEMO_DELEGATIONS,
  DEMO_DRAFT_TITLE,
  DEMO_PROCESS,
  DEMO_ROUND_NAME,
  DEMO_VERSION_LABEL,
  DEMO_VERSION_NOTE,
  demoSections,
} from './demo-content';

export interface SeedSummary {
  processId: string;
  draftId: string;
  versionId: string;
  roundId: string;
  users: number;
  delegations: number;
  paragraphs: number;
}

const DAY = 24 * 3600 * 1000;

/**
 * Returns the id of the document matching the natural key, inserting it when absent. Not an
 * upsert with $setOnInsert: FerretDB v1 drops null and empty-array fields from $setOnInsert.
 * The unique index on the key settles a race between two starting instances.
 */
async function ensureId(
  model: { collection: Collection },
  key: Record<string, unknown>,
  fields: Record<string, unknown>,
): Promise<Types.ObjectId> {
  const find = async () => {
    const found = await model.collection.findOne(key, { projection: { _id: 1 } });
    const id: unknown = found?._id;
    return id instanceof mongoose.Types.ObjectId ? id : null;
  };
  const existing = await find();
  if (existing) return existing;
  try {
    const inserted = await model.collection.insertOne({ ...key, ...fields });
    return inserted.insertedId;
  } catch (error) {
    const raced = isDuplicateKeyError(error) ? await find() : null;
    if (raced) return raced;
    throw error;
  }
}

/**
 * Loads the demo process, idempotently: every document is looked up by a natural key (email,
 * delegation code, process title, draft title, revision, round name) and inserted only when
 * missing, so running it on every start never duplicates nor overwrites anything.
 */
export async function seedDemo(connection: Connection, accounts: DemoAccounts = DEMO_ACCOUNTS): Promise<SeedSummary> {
  const models = createModels(connection);
  await ensureIndexes(models);
  const now = new Date();
  const hasher = new PasswordHasher();

  const delegationIds = new Map<string, Types.ObjectId>();
  for (const d of DEMO_DELEGATIONS) {
    delegationIds.set(
      d.code,
      await ensureId(
        models.delegations,
        { code: d.code },
        {
          name: d.name,
          kind: d.kind,
          region: d.region,
          createdAt: now,
          updatedAt: now,
        },
      ),
    );
  }

  const userIds = new Map<string, Types.ObjectId>();
  for (const account of accounts.accounts) {
    const existing = await models.users
      .findOne({ email: account.email })
      .select({ _id: 1 })
      .lean<Pick<UserRecord, '_id'>>()
      .exec();
    if (existing) {
      userIds.set(account.email, existing._id);
      continue;
    }
    const passwordHash = await hasher.hash(accounts.password);
    userIds.set(
      account.email,
      await ensureId(
        models.users,
        { email: account.email },
        {
          name: account.name,
          passwordHash,
          platformRoles: account.platformRoles,
          language: 'en',
          timeZone: 'America/Mexico_City',
          disabled: false,
          lockedUntil: null,
          createdAt: now,
          updatedAt: now,
        },
      ),
    );
  }

  const creator = accounts.accounts.find((a) => a.processRole === 'secretariat') ?? accounts.accounts[0];
  const processId = await ensureId(
    models.processes,
    { title: DEMO_PROCESS.title },
    {
      description: DEMO_PROCESS.description,
      createdBy: creator ? (userIds.get(creator.email) ?? null) : null,
      createdAt: now,
      updatedAt: now,
    },
  );

  for (const account of accounts.accounts) {
    if (!account.processRole) continue;
    const userId = userIds.get(account.email);
    const delegationId = account.delegationCode ? delegationIds.get(account.delegationCode) : null;
    if (!userId || delegationId === undefined)
      throw new Error(`demo account ${account.email} names an unknown delegation`);
    await ensureId(
      models.memberships,
      { processId, userId },
      {
        role: account.processRole,
        delegationId,
        createdAt: now,
        updatedAt: now,
      },
    );
  }

  const draftId = await ensureId(
    models.drafts,
    { processId, title: DEMO_DRAFT_TITLE },
    {
      createdAt: now,
      updatedAt: now,
    },
  );
  const sections = demoSections();
  const versionId = await ensureId(
    models.draftVersions,
    { draftId, sequence: 0 },
    {
      processId,
      revision: 0,
      label: DEMO_VERSION_LABEL,
      status: 'published',
      publishedAt: now,
      note: DEMO_VERSION_NOTE,
      sections,
      createdAt: now,
      updatedAt: now,
    },
  );

  // Every draft has one working version: the next one, starting as a copy of the zero draft.
  await ensureId(
    models.draftVersions,
    { draftId, sequence: 1 },
    {
      processId,
      revision: 0,
      label: WORKING_VERSION_LABEL,
      status: 'working',
      publishedAt: null,
      sections,
      createdAt: now,
      updatedAt: now,
    },
  );

  const chair = accounts.accounts.find((a) => a.processRole === 'chair');
  const chairUserId = chair ? userIds.get(chair.email) : undefined;
  if (!chairUserId) throw new Error('the demo accounts have no chair');
  const states = await models.delegations
    .find({ code: { $in: DEMO_DELEGATIONS.filter((d) => d.kind === 'member_state').map((d) => d.code) } })
    .select({ _id: 1 })
    .lean<Pick<DelegationRecord, '_id'>[]>()
    .exec();
  const roundId = await ensureId(
    models.rounds,
    { processId, name: DEMO_ROUND_NAME },
    {
      versionId,
      chairUserId,
      delegationIds: states.map((s) => s._id),
      opensAt: new Date(now.getTime() - DAY),
      closesAt: new Date(now.getTime() + 30 * DAY),
      timeZone: 'America/Mexico_City',
      confidentiality: 'observers',
      status: 'open',
      createdAt: now,
      updatedAt: now,
    },
  );

  return {
    processId: processId.toHexString(),
    draftId: draftId.toHexString(),
    versionId: versionId.toHexString(),
    roundId: roundId.toHexString(),
    users: userIds.size,
    delegations: delegationIds.size,
    paragraphs: sections.reduce((n, s) => n + s.paragraphs.length, 0),
  };
}
