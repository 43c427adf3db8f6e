import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it.each([
    ['redis://:s3cret@cache:6379/0', 'redis://***@cache:6379/0'],
    [
      'mongodb://app:p%40ss@m1:27017,m2:27017/db?replicaSet=rs0',
      'mongodb://app:***@m1:27017,m2:27017/db?replicaSet=rs0',
    ],
    ['mongodb+srv://app@cluster.example/db', 'mongodb+srv://app:***@cluster.example/db'],
    ['redis://127.0.0.1:6379', 'redis://127.0.0.1:6379'],
    ['mongodb://127.0.0.1:27018/x?authSource=a@b', 'mongodb://127.0.0.1:27018/x?authSource=a@b'],
  ])('%s -> %s', (input, expected) => {
    expect(redactUrl(input)).toBe(expected);
  });
});
