import { isLocale } from '@altum-chat/core';
import type { SqlDriver } from '../sql/driver.ts';
import type { ReplyVisibility, Settings, SettingsPatch, SettingsStore, TeamRef, UserRef } from '../types.ts';

interface SettingsRow {
  language: string | null;
  visibility: string | null;
}

const VISIBILITIES: readonly string[] = ['ephemeral', 'public'] satisfies ReplyVisibility[];

function toSettings(row: SettingsRow | undefined): Settings {
  // Unknown values (from a newer version, or hand edits) read as "not set" rather than failing.
  const language = row?.language ?? undefined;
  const visibility = row?.visibility ?? undefined;
  return {
    ...(isLocale(language) ? { language } : {}),
    ...(visibility !== undefined && VISIBILITIES.includes(visibility)
      ? { visibility: visibility as ReplyVisibility }
      : {}),
  };
}

function checkPatch(patch: SettingsPatch): void {
  if (patch.language != null && !isLocale(patch.language)) {
    throw new RangeError(`Unknown language "${patch.language}"; use nl or en.`);
  }
  if (patch.visibility != null && !VISIBILITIES.includes(patch.visibility)) {
    throw new RangeError(`Unknown reply visibility "${patch.visibility}"; use ephemeral or public.`);
  }
}

/** Creates the user and team preference store (language, reply visibility). */
export function createSettingsStore(db: SqlDriver): SettingsStore {
  const read = async (scope: 'user' | 'team', ref: TeamRef, userId: string) =>
    toSettings(
      await db.get<SettingsRow>(
        'SELECT language, visibility FROM settings WHERE scope = ? AND platform = ? AND team_id = ? AND user_id = ?',
        [scope, ref.platform, ref.teamId, userId],
      ),
    );

  const write = async (scope: 'user' | 'team', ref: TeamRef, userId: string, patch: SettingsPatch) => {
    checkPatch(patch);
    return db.transaction(async (tx) => {
      const current = toSettings(
        await tx.get<SettingsRow>(
          'SELECT language, visibility FROM settings WHERE scope = ? AND platform = ? AND team_id = ? AND user_id = ?',
          [scope, ref.platform, ref.teamId, userId],
        ),
      );
      const language = patch.language === undefined ? (current.language ?? null) : patch.language;
      const visibility = patch.visibility === undefined ? (current.visibility ?? null) : patch.visibility;
      await tx.run(
        `INSERT INTO settings (scope, platform, team_id, user_id, language, visibility, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (scope, platform, team_id, user_id) DO UPDATE SET language = excluded.language,
           visibility = excluded.visibility, updated_at = excluded.updated_at`,
        [scope, ref.platform, ref.teamId, userId, language, visibility, Date.now()],
      );
      return toSettings({ language, visibility });
    });
  };

  return {
    getUserSettings: (user: UserRef) => read('user', user, user.userId),
    setUserSettings: (user: UserRef, patch: SettingsPatch) => write('user', user, user.userId, patch),
    getTeamSettings: (team: TeamRef) => read('team', team, ''),
    setTeamSettings: (team: TeamRef, patch: SettingsPatch) => write('team', team, '', patch),
  };
}
