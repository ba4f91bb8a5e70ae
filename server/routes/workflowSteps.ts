import { Hono } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { jsonBody } from './requestBody';
import { clientAddress } from '../auth/clientAddress';
import { findWorkflow } from '../../src/domain/workflows';
import { recordIdParam } from './recordIdParam';
import { takeStep } from '../workflows/takeStep';
import { authorize } from '../auth/authorize';

export interface WorkflowOptions {
  /** where the parent's link points; the request's own origin when not configured */
  publicUrl?: string;
}

/** POST /api/<resource>/:id/steps/<step> {version, ...inputs}: one workflow step, checked and recorded by takeStep. */
export function workflowStepRoutes(db: Database, options: WorkflowOptions = {}) {
  const app = new Hono<AppEnv>();
  app.post('/:resource/:id/steps/:step', async (c) => {
    const resource = c.req.param('resource');
    const workflow = findWorkflow(resource);
    if (!workflow) throw new ApiError(404, `${resource} has no workflow`);
    // a role that may not open the records learns nothing of them, not even whether one exists
    authorize(c, 'show', resource);
    const id = recordIdParam(c);
    const staff = c.var.staff;
    const updated = await takeStep(
      db,
      { workflow, id, step: c.req.param('step'), actor: { kind: staff.role, username: staff.username }, body: await jsonBody(c), staff, address: clientAddress(c) },
      { publicUrl: options.publicUrl ?? new URL(c.req.url).origin },
    );
    const def = workflow.resource;
    return c.json(def.present ? def.present(updated) : updated);
  });
  return app;
}
