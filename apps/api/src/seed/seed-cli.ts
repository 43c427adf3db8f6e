/**
 * Loads the demo data without starting the API:
 *   MONGODB_URI=mongodb://127.0.0.1:27018/concordia node apps/api/dist/seed/seed-cli.js
 */
import mongoose from 'mongoose';
import { ConfigError, parseConfig } from '../config/parse-config';
import { seedDemo } from './seed-demo';

async function main(): Promise<void> {
  const config = parseConfig(process.env);
  const connection = await mongoose.createConnection(config.mongo.uri, { dbName: config.mongo.dbName }).asPromise();
  try {
    console.log(JSON.stringify(await seedDemo(connection)));
  } finally {
    await connection.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
