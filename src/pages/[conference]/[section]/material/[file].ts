/** A file a section carries, published as it lies beside the section's MDX file (src/lib/materials/). */
import { readFile } from 'node:fs/promises';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { materialRoutes } from '#src/lib/routes/static-paths.ts';
import { fileResponse } from '#src/lib/downloads/files.ts';

export const getStaticPaths = materialRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(new Uint8Array(await readFile(props.file.sourcePath)), props.file.type);
