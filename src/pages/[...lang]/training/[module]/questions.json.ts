/**
 * /training/<slug>/questions.json: a module's questions with every basis resolved to
 * a title and a link. The knowledge check fetches it on start; the dashboard's
 * refresher fetches it and keeps only the questions on changed steps.
 */
import type { APIRoute } from 'astro';
import { pathsFor } from '../../../../lib/content/site';
import { quizOf } from '../../../../lib/content/training';
import type { Route } from '../../../../lib/routes';

export const getStaticPaths = () => pathsFor('module');

export const GET: APIRoute<{ route: Route }> = async ({ props }) =>
  new Response(JSON.stringify(await quizOf(props.route.entryId!)), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
