// The journal's backups: export and import (Settings), and the automatic backups' reads.
// Apart from repositories.ts because only Settings and the desktop's backup schedule need it,
// and neither is on the first screen: its code (the whole backup format) loads with them.
import { appDatabase } from './app-database';
import { createBackupRepository } from './backup-repository';

export const backupRepository = createBackupRepository(appDatabase);
