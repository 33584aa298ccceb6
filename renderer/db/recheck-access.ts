// The check-ins' repository, apart from repositories.ts: only the setback page, the story
// page and the journal's resurfacing section (each loaded after the first screen) use it.
import { appDatabase } from './app-database';
import { createRecheckRepository } from './recheck-repository';

export const recheckRepository = createRecheckRepository(appDatabase);
