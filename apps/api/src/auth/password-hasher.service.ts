import { Injectable } from '@nestjs/common';
// @node-rs/argon2 ships prebuilt N-API binaries as optional dependencies: nothing to compile
// at install. The `argon2` package's linux-x64 prebuild crashed at load on our Debian 12 machines.
import { Algorithm, hash as argonHash, verify as argonVerify } from '@node-rs/argon2';

/** OWASP's argon2id baseline (19 MiB, 2 passes): slow for attackers, ~tens of ms for us. */
const OPTIONS = { algorithm: Algorithm.Argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

@Injectable()
export class PasswordHasher {
  private dummyHash: Promise<string> | null = null;

  hash(password: string): Promise<string> {
    return argonHash(password, OPTIONS);
  }

  async verify(hash: string, password: string): Promise<boolean> {
    try {
      return await argonVerify(hash, password);
    } catch {
      // A malformed stored hash is a failed check, never a crash.
      return false;
    }
  }

  /**
   * Spends the same time as a real check, for emails that have no account: response timing
   * must not tell which emails are registered.
   */
  async verifyAgainstNothing(password: string): Promise<false> {
    this.dummyHash ??= this.hash('concordia-timing-equaliser');
    await this.verify(await this.dummyHash, password);
    return false;
  }
}
