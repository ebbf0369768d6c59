/**
 * Cache lifetimes shared by the operation declarations (`cacheTtlMs`). A repeat call within the
 * lifetime is served from cache and costs the user no Altum credit.
 */

/** Listing status and asking prices move within a day. */
export const ONE_HOUR_MS = 60 * 60 * 1000;

/** Valuations, labels, WOZ and building data change at most daily. */
export const ONE_DAY_MS = 24 * ONE_HOUR_MS;

/** Aerial imagery and 3D building data are refreshed a few times a year at most. */
export const ONE_WEEK_MS = 7 * ONE_DAY_MS;
