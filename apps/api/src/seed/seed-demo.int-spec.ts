import { randomBytes } from 'node:crypto';
import { createModels } from '@concordia/dal';
import mongoose, { type Connection } from 'mongoose';
import { DEMO_ACCOUNTS } from './demo-accounts';
import { seedDemo } from './seed-demo';

describe('seedDemo', () => {
  let connection: Connection;

  beforeAll(async () => {
    connection = await mongoose
      .createConnection(process.env.MONGODB_URI ?? '', {
        dbName: `concordia_it_seed_${randomBytes(4).toString('hex')}`,
      })
      .asPromise();
  });
  afterAll(async () => {
    await connection.dropDatabase();
    await connection.close();
  });

  it('loads the demo process and is idempotent', async () => {
    const first = await seedDemo(connection);
    const models = createModels(connection);
    const counts = async () =>
      Object.fromEntries(
        await Promise.all(
          (['users', 'delegations', 'processes', 'memberships', 'drafts', 'draftVersions', 'rounds'] as const).map(
            async (name) => [name, await models[name].countDocuments()] as const,
          ),
        ),
      );
    const before = await counts();
    const second = await seedDemo(connection);
    expect(second).toEqual(first);
    expect(await counts()).toEqual(before);

    expect(before.users).toBe(DEMO_ACCOUNTS.accounts.length);
    expect(before.memberships).toBe(DEMO_ACCOUNTS.accounts.filter((a) => a.processRole !== null).length);
    expect(first.paragraphs).toBeGreaterThanOrEqual(32);
    const codes = (await models.delegations.find().lean().exec()).map((d) => d.code);
    expect(codes).toEqual(expect.arrayContaining(['MEX', 'RMO']));
    const observer = await models.users.findOne({ email: 'observer@concordia.test' }).lean().exec();
    const membership = await models.memberships.findOne({ userId: observer?._id }).lean().exec();
    expect(membership).toMatchObject({ role: 'observer', delegationId: expect.anything() });
    // Two delegations each have a head and a delegate, so one can co-sponsor the other's amendment.
    const delegationsOfHeads = await Promise.all(
      ['head@concordia.test', 'head.peru@concordia.test'].map(async (email) => {
        const user = await models.users.findOne({ email }).lean().exec();
        const m = await models.memberships.findOne({ userId: user?._id }).lean().exec();
        expect(m?.role).toBe('head_of_delegation');
        return (await models.delegations.findById(m?.delegationId).lean().exec())?.code;
      }),
    );
    expect(delegationsOfHeads).toEqual(['MEX', 'PER']);
    const admin = await models.users.findOne({ email: 'admin@concordia.test' }).lean().exec();
    expect(admin).toMatchObject({ platformRoles: ['admin'], lockedUntil: null });
    expect(await models.memberships.countDocuments({ userId: admin?._id })).toBe(0);
  });
});
