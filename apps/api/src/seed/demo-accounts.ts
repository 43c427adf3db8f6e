import { emailSchema, passwordSchema, platformRoleSchema, processRoleSchema } from '@concordia/contracts';
import { z } from 'zod';
import raw from './demo-accounts.json';

/** demo-accounts.json is also read by the dev tooling and the end-to-end tests: its shape is fixed. */
export const demoAccountsSchema = z.object({
  password: passwordSchema,
  accounts: z.array(
    z.object({
      email: emailSchema,
      name: z.string().min(1),
      label: z.string(),
      platformRoles: z.array(platformRoleSchema),
      processRole: processRoleSchema.nullable(),
      delegationCode: z.string().nullable(),
    }),
  ),
});
export type DemoAccounts = z.infer<typeof demoAccountsSchema>;

export const DEMO_ACCOUNTS: DemoAccounts = demoAccountsSchema.parse(raw);
