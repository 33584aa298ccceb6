import { openDatabase } from './database';
import { createEntryRepository } from './entry-repository';
import { createStoryRepository } from './story-repository';

/** The app's one journal database and the repositories components write through. */
export const appDatabase = openDatabase();
export const entryRepository = createEntryRepository(appDatabase);
export const storyRepository = createStoryRepository(appDatabase);
