import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';

type Mutate = (request: DBCoreMutateRequest) => Promise<DBCoreMutateResponse>;

/**
 * A Dexie middleware that stands around every write (`mutate`) to the tables `applies` to:
 * `around` gets the table's name, the request and the write itself, to run or refuse.
 */
export function mutateMiddleware(
  name: string,
  around: (table: string, request: DBCoreMutateRequest, mutate: Mutate) => Promise<DBCoreMutateResponse>,
  applies: (table: string) => boolean = () => true,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create(down) {
      return {
        ...down,
        table(tableName) {
          const table = down.table(tableName);
          if (!applies(tableName)) return table;
          const mutate: Mutate = (request) => table.mutate(request);
          return { ...table, mutate: (request) => around(tableName, request, mutate) };
        },
      };
    },
  };
}
