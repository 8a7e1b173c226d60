// The parts of `pg` the receiver uses (the package ships no types of its own).
declare module 'pg' {
  interface QueryResult {
    rows: any[];
    rowCount: number | null;
  }
  interface Queryable {
    query(text: string, values?: unknown[]): Promise<QueryResult>;
  }
  export interface PoolClient extends Queryable {
    release(error?: Error | boolean): void;
  }
  export class Pool implements Queryable {
    constructor(options: Record<string, unknown>);
    query(text: string, values?: unknown[]): Promise<QueryResult>;
    connect(): Promise<PoolClient>;
    end(): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  export class Client implements Queryable {
    constructor(options: Record<string, unknown> | string);
    query(text: string, values?: unknown[]): Promise<QueryResult>;
    connect(): Promise<void>;
    end(): Promise<void>;
    on(event: 'error', listener: (error: Error) => void): this;
  }
  const pg: { Pool: typeof Pool; Client: typeof Client };
  export default pg;
}
