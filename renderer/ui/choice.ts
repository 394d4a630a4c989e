import { createStore, useStore } from 'zustand';

/** One answer of a choice; the first one offered has the focus. */
export interface ChoiceOption<T extends string> {
  readonly id: T;
  readonly label: string;
}

interface OpenChoice {
  readonly title: string;
  readonly message: string;
  readonly options: readonly ChoiceOption<string>[];
  readonly answer: (id: string | null) => void;
}

const choices = createStore<{ open: OpenChoice | null }>()(() => ({ open: null }));

/**
 * Asks the user to pick one of `options` in the app's choice dialog (ChoiceDialog); resolves
 * the picked id, or null when dismissed (Escape, Cancel). Actions that run from anywhere (the
 * desktop menu, a file opened from the OS) can ask without owning a dialog of their own. A
 * second question while one is open answers the first with null.
 */
export function askChoice<T extends string>(
  title: string,
  message: string,
  options: readonly ChoiceOption<T>[],
): Promise<T | null> {
  choices.getState().open?.answer(null);
  return new Promise((resolve) => {
    const open: OpenChoice = {
      title,
      message,
      options,
      answer: (id) => {
        if (choices.getState().open === open) choices.setState({ open: null });
        resolve(id as T | null);
      },
    };
    choices.setState({ open });
  });
}

export function useOpenChoice(): OpenChoice | null {
  return useStore(choices, (s) => s.open);
}
