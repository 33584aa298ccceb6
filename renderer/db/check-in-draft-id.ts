/**
 * The id under which a setback's check-in is kept in the drafts table while it is being
 * written. Its own module: deleting a setback for good (part of the journal's first screen)
 * needs it, the rest of check-ins loads with the pages that show them.
 */
export const checkInDraftId = (entryId: string) => `check-in-${entryId}`;
