/** The MDX component kit, passed to every rendered entry so content files need no imports. */
import Callout from './Callout.astro';
import Cite from './Cite.astro';
import Term from './Term.astro';
import DoDont from './DoDont.astro';
import Dialogue from './Dialogue.astro';
import Line from './Line.astro';
import Steps from './Steps.astro';
import Letter from './Letter.astro';

export const kit = { Callout, Cite, Term, DoDont, Dialogue, Line, Steps, Letter };
