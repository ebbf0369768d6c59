import { z } from 'zod';
import { ONE_DAY_MS } from '../cache-ttl.ts';
import { defineOperation } from '../define-operation.ts';
import { postcodeInput } from '../schema-helpers.ts';

/** Loan-eligibility details; all documented as required when `applicant` is sent [doc]. */
const applicant = z.strictObject({
  age: z.number().int().min(18, 'applicant age must be 18 or more').max(120),
  is_homeowner: z.boolean(),
  is_occupant: z.boolean(),
  residence_country: z.string().min(2, 'residence_country, e.g. NL'),
  property_use_residential_percent: z.number().int().min(0).max(100, 'a percentage from 0 to 100'),
  credit_approved: z.boolean(),
  previously_rejected_nwf1: z.boolean(),
  rejection_reason: z.enum(['income', 'other']).optional(),
  requested_amount: z.number().int().min(0, 'requested_amount is in whole euros'),
  existing_nwf_loan_balance: z.number().int().min(0).optional(),
  specific_target_group: z.boolean().optional(),
});

/**
 * National, provincial and municipal subsidies and loans for a postcode. The 200 body is not in our
 * copies of the docs [unknown], so the output only requires a JSON object and keeps everything as sent.
 * https://docs.altum.ai/english/sustainability/sustainability-subsidy-api
 */
export const subsidy = defineOperation({
  id: 'subsidy',
  method: 'POST',
  path: '/subsidy',
  summary: { en: 'Subsidies and loans for sustainability', nl: 'Subsidies en leningen voor verduurzaming' },
  docsUrl: 'https://docs.altum.ai/english/sustainability/sustainability-subsidy-api',
  credits: 1,
  // Schemes open, close and run out of budget; a day is as stale as we want to be.
  cacheTtlMs: ONE_DAY_MS,
  // Postcode only, no house number, so no `address` spelling. This is the one API whose docs write the
  // postcode with a space ("3511 AA", in the field description and the example); every other endpoint's
  // regex refuses the space. We send the spelling this page documents, validated like every postcode.
  input: z.strictObject({
    postcode: postcodeInput.transform((compact) => `${compact.slice(0, 4)} ${compact.slice(4)}`),
    level: z
      .array(
        z.enum(['national', 'province', 'municipality'], {
          error: 'level is national, province or municipality',
        }),
      )
      .optional(),
    limit: z.coerce.number().int().min(1, 'limit is 1 to 100').max(100, 'limit is 1 to 100').optional(),
    applicant: applicant.optional(),
  }),
  output: z.looseObject({}),
});
