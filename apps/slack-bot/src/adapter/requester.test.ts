import { describe, expect, it } from 'vitest';
import { keyLoginActionScope, keyLoginScope, needsAdminCheck } from './requester.ts';

describe('key form triggers', () => {
  it('recognises the login commands in both languages', () => {
    expect(keyLoginScope('key login')).toBe('user');
    expect(keyLoginScope('Sleutel koppel')).toBe('user');
    expect(keyLoginScope('key team login')).toBe('team');
    expect(keyLoginScope('key login team')).toBe('team');
    expect(keyLoginScope('key login abc123')).toBeUndefined();
    expect(keyLoginScope('key status')).toBeUndefined();
  });

  it('maps the runner action ids', () => {
    expect(keyLoginActionScope('key:login:user')).toBe('user');
    expect(keyLoginActionScope('key:login:team')).toBe('team');
    expect(keyLoginActionScope('key:logout')).toBeUndefined();
  });

  it('checks admin rights only where they matter', () => {
    expect(needsAdminCheck('key team logout')).toBe(true);
    expect(needsAdminCheck('value 1071AA 28B')).toBe(false);
  });
});
