/** SelectInput / SelectField choices whose labels are translated from `privacy.enums.<enumName>.<value>`. */
export function choicesFor(enumName: string, values: readonly string[]) {
  return values.map((id) => ({ id, name: `privacy.enums.${enumName}.${id}` }));
}
