/** The JSON Schema of the programme data (`/<conference>.json`). */
import type { APIRoute } from 'astro';
import { fileResponse, programmeSchemaJson } from '~/lib/downloads/files';

export const GET: APIRoute = () => fileResponse(programmeSchemaJson(), 'application/schema+json');
