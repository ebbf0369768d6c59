import type { Locale } from '@altum-chat/chat';
import type { KeyMetadata, UsageSummary } from '@altum-chat/store';
import { slackText } from '../i18n/slack-messages.ts';
import { type Block, mrkdwn, plain } from '../render/block-types.ts';

export const HOME_LINK_KEY_ACTION = 'slack.key_login';

export interface HomeFacts {
  readonly userKey: KeyMetadata | undefined;
  readonly teamKey: KeyMetadata | undefined;
  readonly week: UsageSummary;
  readonly locale: Locale;
}

/** The App Home tab: key status (masked), this week's usage, language and quick help. https://docs.slack.dev/surfaces/app-home */
export function appHomeView(facts: HomeFacts): Record<string, unknown> {
  const { locale } = facts;
  const blocks: Block[] = [
    { type: 'header', text: plain(slackText(locale, 'homeTitle')) },
    {
      type: 'section',
      text: mrkdwn(
        facts.userKey
          ? slackText(locale, 'homeKeyLinked', { masked: facts.userKey.masked })
          : slackText(locale, 'homeNoKey'),
      ),
    },
  ];
  if (facts.teamKey) {
    blocks.push({
      type: 'section',
      text: mrkdwn(slackText(locale, 'homeTeamKey', { masked: facts.teamKey.masked })),
    });
  }
  blocks.push(
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: HOME_LINK_KEY_ACTION,
          text: plain(slackText(locale, 'linkKey')),
          style: 'primary',
        },
      ],
    },
    { type: 'divider' },
    {
      type: 'section',
      text: mrkdwn(
        slackText(locale, 'homeUsage', { calls: facts.week.total.calls, credits: facts.week.total.credits }),
      ),
    },
    {
      type: 'section',
      text: mrkdwn(slackText(locale, 'homeLanguage', { language: slackText(locale, 'languageName') })),
    },
    { type: 'context', elements: [mrkdwn(slackText(locale, 'homeHelp'))] },
  );
  return { type: 'home', blocks };
}
