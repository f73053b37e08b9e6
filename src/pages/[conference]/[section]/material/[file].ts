/** A file a section carries, published as it lies beside the section's MDX file (src/lib/materials/). */
import { readFile } from 'node:fs/promises';
import type { APIRoute, InferGetStaticPropsType } from 'astro';
import { materialRoutes } from '~/lib/routes/static-paths';
import { fileResponse } from '~/lib/downloads/files';

export const getStaticPaths = materialRoutes;
type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = async ({ props }) =>
  fileResponse(new Uint8Array(await readFile(props.file.sourcePath)), props.file.type);
