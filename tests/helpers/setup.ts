// Eleventy loads .ts config and templates through tsx inside vitest.
import "tsx/esm";
