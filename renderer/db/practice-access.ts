// The practice log's repository, apart from repositories.ts: only the practice page and the
// Stories list read it, and neither is the first screen.
import { appDatabase } from './app-database';
import { createPracticeRunRepository } from './practice-run-repository';

export const practiceRunRepository = createPracticeRunRepository(appDatabase);
