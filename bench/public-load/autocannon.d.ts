// The part of autocannon 9's programmatic API the public-load benchmark uses (it ships no types).
declare module 'autocannon' {
  namespace autocannon {
    type Request = {method?: string; path?: string; headers?: Record<string, string>; body?: string};
    type Options = {
      url: string;
      connections?: number;
      duration?: number;
      headers?: Record<string, string>;
      method?: string;
      body?: string;
      requests?: (Request & {setupRequest?: (req: Request) => Request})[];
    };
    type Result = {
      requests: {average: number; total: number};
      latency: {p50: number; p99: number; average: number; max: number};
      non2xx: number;
      errors: number;
      duration: number;
      '2xx': number;
      '3xx': number;
      '4xx': number;
      '5xx': number;
    };
  }
  function autocannon(opts: autocannon.Options): Promise<autocannon.Result>;
  export default autocannon;
}
