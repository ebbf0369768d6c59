import { describe, expect, it } from 'vitest';
import { createResponseUrlPolicy } from './response-url-policy.ts';

describe('response_url policy', () => {
  const slack = createResponseUrlPolicy();

  it("allows https on Slack's webhook hosts only", () => {
    expect(slack('https://hooks.slack.com/commands/T1/2/abc')).toBe(true);
    expect(slack('https://hooks.slack-gov.com/actions/T1/2/abc')).toBe(true);
    expect(slack('http://hooks.slack.com/commands/T1/2/abc')).toBe(false);
    expect(slack('https://hooks.slack.com.evil.example/commands')).toBe(false);
    expect(slack('https://evil.example/?u=https://hooks.slack.com')).toBe(false);
    expect(slack('https://user:pw@hooks.slack.com/commands')).toBe(false);
    expect(slack('https://169.254.169.254/latest/meta-data')).toBe(false);
    expect(slack('not a url')).toBe(false);
    expect(slack('')).toBe(false);
  });

  it('takes configured origins, any port when the entry names none', () => {
    const local = createResponseUrlPolicy(['http://127.0.0.1']);
    expect(local('http://127.0.0.1:45123/r/x')).toBe(true);
    expect(local('http://localhost:45123/r/x')).toBe(false);
    expect(local('https://hooks.slack.com/commands/x')).toBe(false);
    const pinned = createResponseUrlPolicy(['http://127.0.0.1:9000']);
    expect(pinned('http://127.0.0.1:9001/r')).toBe(false);
  });
});
