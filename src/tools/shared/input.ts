// What a form control holds, read from its event: the tools' change and input handlers.
type Field = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export const valueOf = (e: Event): string => (e.currentTarget as Field).value;
export const checkedOf = (e: Event): boolean => (e.currentTarget as HTMLInputElement).checked;
