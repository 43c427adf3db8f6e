import { generateOpaqueToken } from './opaque-token';
import { openHandoff, sealHandoff } from './refresh-handoff';

describe('refresh handoff', () => {
  const successor = { token: generateOpaqueToken(), expiresAt: new Date('2030-01-02T03:04:05.000Z') };

  it('opens with the replaced token only', () => {
    const replaced = generateOpaqueToken();
    const sealed = sealHandoff(replaced, successor);
    expect(sealed).not.toContain(successor.token);
    expect(openHandoff(replaced, sealed)).toEqual(successor);
    expect(openHandoff(generateOpaqueToken(), sealed)).toBeNull();
  });

  it('refuses a damaged value', () => {
    const replaced = generateOpaqueToken();
    const [iv, tag, data] = sealHandoff(replaced, successor).split('.');
    expect(openHandoff(replaced, `${iv}.${tag}.${Buffer.from('other').toString('base64url')}`)).toBeNull();
    expect(openHandoff(replaced, `${iv}.${data}.${tag}`)).toBeNull();
    expect(openHandoff(replaced, `${iv}.${tag}`)).toBeNull();
    expect(openHandoff(replaced, 'garbage')).toBeNull();
  });
});
