// Writes the Content-Security-Policy for a build and sample header files for static
// hosts. The only inline script is the loader that scripts/wasm-build.mjs writes into
// index.html (it starts the app and preloads a deep link's chunks); its sha256 goes into
// script-src, so the policy needs no 'unsafe-inline'. WebAssembly needs 'wasm-unsafe-eval'.
// Usage: node scripts/csp.mjs [dist]   (Trunk runs it after every build)
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dist = process.argv[2] ?? "dist";
const html = readFileSync(join(dist, "index.html"), "utf8");
const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
const hashes = inline.map((body) => `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`);

export const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

const headers = {
  "Content-Security-Policy": policy,
  "X-Content-Type-Options": "nosniff",
  "Referrer-Policy": "strict-origin-when-cross-origin",
};

// Netlify and Cloudflare Pages read _headers from the published folder.
writeFileSync(join(dist, "_headers"), `/*\n${Object.entries(headers).map(([k, v]) => `  ${k}: ${v}`).join("\n")}\n`);
// Apache reads .htaccess (needs mod_headers); the 404 fallback is set here too.
writeFileSync(
  join(dist, ".htaccess"),
  `<IfModule mod_headers.c>\n${Object.entries(headers).map(([k, v]) => `  Header always set ${k} "${v}"`).join("\n")}\n</IfModule>\nAddType application/wasm .wasm\nErrorDocument 404 /404.html\n`,
);
// nginx: a snippet to include in the server block (not read from the folder itself).
writeFileSync(
  join(dist, "nginx-headers.conf"),
  `# include in the server { } block that serves this folder\n${Object.entries(headers).map(([k, v]) => `add_header ${k} "${v}" always;`).join("\n")}\ntypes { application/wasm wasm; }\nerror_page 404 /404.html;\n`,
);
console.log(`Content-Security-Policy: ${policy}`);
