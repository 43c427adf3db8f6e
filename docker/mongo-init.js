// One-shot initialisation of the rs0 replica set, run by the `mongo-init` service with mongosh
// inside mongo-1's network namespace, so 127.0.0.1 is mongo-1 itself. Idempotent: it runs on
// every `docker compose up` and only does what is missing.
//
// First run: the members start with --keyFile (access control on) and no user, so the
// "localhost exception" lets this script initiate the set and create the root user, once.
// Later runs: it logs in as root and makes sure the application user exists with the current
// password and role (so rotating MONGO_APP_PASSWORD is: edit .env, `docker compose up -d`).

const required = (name) => {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is required`);
  return value;
};
const rootUser = process.env.MONGO_ROOT_USERNAME || 'root';
const rootPassword = required('MONGO_ROOT_PASSWORD');
const appUser = process.env.MONGO_APP_USERNAME || 'concordia';
const appPassword = required('MONGO_APP_PASSWORD');
const appDb = process.env.MONGO_DB || 'concordia';
const members = ['mongo-1:27017', 'mongo-2:27017', 'mongo-3:27017'];

function waitFor(what, probe, seconds) {
  for (let i = 0; i < seconds; i++) {
    if (probe()) return;
    sleep(1000);
  }
  throw new Error(`timed out after ${seconds}s waiting for ${what}`);
}

const local = new Mongo('mongodb://127.0.0.1:27017/?directConnection=true').getDB('admin');

// hello needs no authentication: it tells whether the set exists and who is primary.
if (!local.hello().setName) {
  print('initiating replica set rs0 with ' + members.join(', '));
  try {
    local.adminCommand({
      replSetInitiate: {
        _id: 'rs0',
        // mongo-1 is preferred as primary so the first user is created where this script runs.
        members: members.map((host, i) => ({ _id: i, host, priority: i === 0 ? 2 : 1 })),
      },
    });
  } catch (error) {
    if (error.codeName !== 'AlreadyInitialized') throw error;
  }
}

let authenticated = false;
try {
  local.auth(rootUser, rootPassword);
  authenticated = true;
} catch (error) {
  print(`root login failed (${error.message}): creating the root user through the localhost exception`);
}

if (!authenticated) {
  waitFor('mongo-1 to become primary', () => local.hello().isWritablePrimary === true, 120);
  try {
    local.createUser({ user: rootUser, pwd: rootPassword, roles: [{ role: 'root', db: 'admin' }] });
  } catch (error) {
    throw new Error(
      `could not create the root user (${error.message}). If users already exist, ` +
        'MONGO_ROOT_USERNAME/MONGO_ROOT_PASSWORD do not match the ones the set was initialised with.',
    );
  }
  local.auth(rootUser, rootPassword);
  print(`root user "${rootUser}" created`);
}

// User administration must run on the primary, wherever it is now.
const uri =
  `mongodb://${encodeURIComponent(rootUser)}:${encodeURIComponent(rootPassword)}@` +
  `${members.join(',')}/admin?replicaSet=rs0&authSource=admin`;
const admin = new Mongo(uri).getDB('admin');
waitFor(
  'the replica set to elect a primary',
  () => {
    try {
      return admin.runCommand({ ping: 1 }).ok === 1 && admin.hello().primary !== undefined;
    } catch {
      return false;
    }
  },
  120,
);

const roles = [{ role: 'readWrite', db: appDb }];
if (admin.getUser(appUser) === null) {
  admin.createUser({ user: appUser, pwd: appPassword, roles });
  print(`application user "${appUser}" created with readWrite on "${appDb}"`);
} else {
  admin.updateUser(appUser, { pwd: appPassword, roles });
  print(`application user "${appUser}" updated`);
}

const status = admin.adminCommand({ replSetGetStatus: 1 });
print('replica set rs0: ' + status.members.map((m) => `${m.name} ${m.stateStr}`).join(', '));
