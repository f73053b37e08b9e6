/** `/llms.txt`: the site's Markdown and data for assistants and scripts (src/lib/downloads/llms.ts). */
import type { APIRoute } from 'astro';
import { fileResponse, getLlmsText } from '#src/lib/downloads/files.ts';

export const GET: APIRoute = async () => fileResponse(await getLlmsText(), 'text/plain');
