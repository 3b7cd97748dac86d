// @11ty/eleventy 3 ships JavaScript without types: only the surface the site uses.
declare module "@11ty/eleventy" {
  export interface EleventyOptions {
    configPath?: string;
    config?: (eleventyConfig: import("./eleventy-config.ts").EleventyConfigApi) => void | Promise<void>;
    pathPrefix?: string;
    quietMode?: boolean;
    runMode?: "build" | "watch" | "serve";
  }
  export interface WriteResult { url: string | false; outputPath: string | false; inputPath: string }
  export class Eleventy {
    constructor(input: string, output: string, options?: EleventyOptions);
    write(): Promise<WriteResult[] | [unknown, WriteResult[]]>;
    init(): Promise<void>;
    /** Starts watching; resolves to the function its file watcher calls for a changed path (3.x). */
    watch(): Promise<((changedPath: string) => Promise<void>) | undefined>;
    serve(port?: number): Promise<void>;
    stopWatch(): Promise<void>;
  }
  export default Eleventy;
}
