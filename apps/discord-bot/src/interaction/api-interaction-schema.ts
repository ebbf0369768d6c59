import { z } from 'zod';
import type { OptionLike } from './from-api.ts';

/**
 * The parts of a raw interaction (HTTP body or gateway packet) our code reads, checked before anything
 * dereferences them: a signed request is authentic, not necessarily well-formed, and one bad field must
 * cost a 400, never a TypeError. Objects stay loose (Discord adds fields) and only what we read is typed.
 * https://discord.com/developers/docs/interactions/receiving-and-responding#interaction-object
 */

const id = z.string().min(1).max(128);
const user = z.looseObject({ id });
const member = z.looseObject({
  user,
  // A bitfield serialised as a decimal string; BigInt() of anything else throws.
  permissions: z.string().regex(/^\d{1,40}$/),
});

const optionValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
const option: z.ZodType<OptionLike> = z.lazy(() =>
  z.looseObject({
    name: z.string().max(100),
    type: z.number().int(),
    value: optionValue.optional(),
    focused: z.boolean().optional(),
    options: z.array(option).max(25).optional(),
  }),
);
/** A message a context-menu command targets; only its text is read. */
const targetMessage = z.looseObject({ content: z.string().max(10_000).optional() });
/** An uploaded file (attachment option); only what the batch download reads. */
const attachment = z.looseObject({
  filename: z.string().max(1_000),
  size: z.number().int().min(0),
  url: z.string().max(4_000),
});
const commandData = z.looseObject({
  name: z.string().max(100),
  type: z.number().int().optional(),
  options: z.array(option).max(25).optional(),
  target_id: id.optional(),
  resolved: z
    .looseObject({
      messages: z.record(z.string(), targetMessage).optional(),
      attachments: z.record(id, attachment).optional(),
    })
    .optional(),
});

const textInput = z.looseObject({ custom_id: z.string().max(100), value: z.string().optional() });
/** A modal row: an action row of text inputs, or a label around one (other kinds are skipped). */
const modalComponent = z.looseObject({
  type: z.number().int(),
  components: z.array(textInput).max(5).optional(),
  component: textInput.extend({ type: z.number().int() }).optional(),
});

const envelope = {
  id,
  application_id: id,
  token: z.string().min(1).max(1_000),
  guild_id: id.optional(),
  channel_id: id.optional(),
  locale: z.string().max(20).optional(),
  member: member.optional(),
  user: user.optional(),
};

export const apiInteractionSchema = z
  .discriminatedUnion('type', [
    z.looseObject({ type: z.literal(1) }),
    z.looseObject({ ...envelope, type: z.literal(2), data: commandData }),
    z.looseObject({ ...envelope, type: z.literal(4), data: commandData }),
    z.looseObject({
      ...envelope,
      type: z.literal(3),
      data: z.looseObject({ custom_id: z.string().max(100), values: z.array(z.string()).max(25).optional() }),
    }),
    z.looseObject({
      ...envelope,
      type: z.literal(5),
      data: z.looseObject({ custom_id: z.string().max(100), components: z.array(modalComponent).max(5) }),
    }),
  ])
  .refine(
    // Discord sends `member` in guilds and `user` elsewhere; without either there is nobody to answer.
    (raw) =>
      raw.type === 1 || (raw.guild_id !== undefined ? raw.member : (raw.member ?? raw.user)) !== undefined,
    { message: 'interaction has no member or user' },
  );

/** A raw interaction whose fields we read are known to be present and well-typed. */
export type ApiInteraction = z.infer<typeof apiInteractionSchema>;
export type ApiModalComponent = z.infer<typeof modalComponent>;
