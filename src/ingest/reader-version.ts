// Identifies the reader's behaviour for the article cache, the way EXTRACTOR_VERSION does the
// extractor's: a digest of the source files that turn bytes into an Article (this folder, the
// importer, the utilities), so changing any of them reads every article again.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { fingerprintFiles, isTypeScript } from "../util/fingerprint-files.ts";

const SRC = fileURLToPath(new URL("..", import.meta.url));

export const READER_VERSION = fingerprintFiles(["ingest", "import", "util"].map((dir) => path.join(SRC, dir)), isTypeScript).slice(0, 12);
