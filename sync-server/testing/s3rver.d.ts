// The few parts of @20minutes/s3rver (a maintained fork of s3rver, a local
// S3-compatible server; no types of its own) that the S3 driver's test uses.
declare module '@20minutes/s3rver' {
  import type {AddressInfo} from 'node:net';

  export type S3rverOptions = {
    address?: string;
    port?: number;
    silent?: boolean;
    directory?: string;
    resetOnClose?: boolean;
    allowMismatchedSignatures?: boolean;
    vhostBuckets?: boolean;
    configureBuckets?: {name: string; configs?: (string | Buffer)[]}[];
  };

  export default class S3rver {
    constructor(options?: S3rverOptions);
    run(): Promise<AddressInfo>;
    close(): Promise<void>;
  }
}
