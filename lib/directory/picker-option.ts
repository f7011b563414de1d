/** One choice in a searching picker (client and server share this shape). */
export type PickerOption = { value: string; label: string; detail: string };

export type PickerSearch = (query: string) => Promise<PickerOption[]>;
