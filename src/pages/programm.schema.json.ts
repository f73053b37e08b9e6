/** The JSON Schema of the programme data (`/<conference>.json`). */
import type { APIRoute } from 'astro';
import { fileResponse, programmeSchemaJson } from '#src/lib/downloads/files.ts';

export const GET: APIRoute = () => fileResponse(programmeSchemaJson(), 'application/schema+json');
