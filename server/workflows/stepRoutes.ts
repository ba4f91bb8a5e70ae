import { Hono, type Context } from 'hono';
import type { Database } from '../db/database';
import type { AppEnv } from '../auth/requireStaff';
import { ApiError } from '../apiError';
import { jsonBody } from '../routes/requestBody';
import { clientAddress } from '../auth/clientAddress';
import { findResource } from '../../src/domain/resources';
import { findWorkflow } from '../../src/domain/workflows';
import { recordIdParam } from '../routes/recordIdParam';
import { takeStep, type StepEffects } from './takeStep';
import { consentEffects } from './consentEffects';
import { deletionEffects } from './deletionEffects';
import { referralEffects } from './referralEffects';

export interface WorkflowOptions {
  /** where the parent's link points; the request's own origin when not configured */
  publicUrl?: string;
}

function effectsFor(resource: string, c: Context, options: WorkflowOptions): StepEffects {
  if (resource === 'consent-requests') return consentEffects({ publicUrl: options.publicUrl ?? new URL(c.req.url).origin });
  if (resource === 'deletion-tickets') return deletionEffects;
  return referralEffects;
}

/** POST /api/<resource>/:id/steps/<step> {version, ...inputs}: one workflow step, checked and recorded by takeStep. */
export function workflowStepRoutes(db: Database, options: WorkflowOptions = {}) {
  const app = new Hono<AppEnv>();
  app.post('/:resource/:id/steps/:step', async (c) => {
    const resource = c.req.param('resource');
    const workflow = findWorkflow(resource);
    if (!workflow || !findResource(resource)) throw new ApiError(404, `${resource} has no workflow`);
    const id = recordIdParam(c);
    const staff = c.var.staff;
    const updated = await takeStep(
      db,
      { workflow, id, step: c.req.param('step'), actor: { kind: staff.role, username: staff.username }, body: await jsonBody(c), staff, address: clientAddress(c) },
      effectsFor(resource, c, options),
    );
    const def = findResource(resource)!;
    return c.json(def.present ? def.present(updated) : updated);
  });
  return app;
}
