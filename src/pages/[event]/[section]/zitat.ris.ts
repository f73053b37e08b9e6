/** One section's citation as a RIS file. */
import { sectionCitationRoute } from '~/lib/cite/files';

export const { getStaticPaths, GET } = sectionCitationRoute('ris');
