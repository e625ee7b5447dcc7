/**
 * The rules of risks, contingency and who pays that span fields: risk ids are unique, a
 * carer contingency names a carer the plan has, and a joint funding gives the ICB's share
 * (only a joint one does).
 */
import type { Budget } from './budget';
import { problem, type Problem } from '../problems';
import { duplicateIds } from './unique-ids';

type Path = readonly (string | number)[];

export function planCoverProblems(budget: Budget, prefix: Path): Problem[] {
  const found = duplicateIds(budget.risks ?? [], [...prefix, 'risks']);
  const carerId = budget.contingency?.carer?.id;
  if (carerId !== undefined && !budget.carers.some((carer) => carer.id === carerId))
    found.push(
      problem([...prefix, 'contingency', 'carer', 'id'], 'validation.unknownCarer', {
        id: carerId,
      }),
    );
  const { whoPays } = budget;
  if (whoPays?.funder === 'joint' && whoPays.icbPercent === undefined)
    found.push(problem([...prefix, 'whoPays', 'icbPercent'], 'validation.jointNeedsPercent'));
  if (whoPays !== undefined && whoPays.funder !== 'joint' && whoPays.icbPercent !== undefined)
    found.push(problem([...prefix, 'whoPays', 'icbPercent'], 'validation.percentOnlyJoint'));
  return found;
}
