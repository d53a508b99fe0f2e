"use client";
import { useEffect } from "react";
import type { FieldValues, UseFormReturn } from "react-hook-form";

/**
 * A field's message goes as soon as the person starts correcting it; the field is checked
 * again when they leave it. Checked only on leaving, the message would vanish on the
 * mouse-down of the Save button below it: the button moves up under the pointer and the
 * click is lost — the save the person asked for never happens.
 */
export function useClearErrorOnChange<T extends FieldValues>(form: UseFormReturn<T>): void {
  useEffect(() => {
    const subscription = form.watch((_values, { name, type }) => {
      if (name && type === "change") form.clearErrors(name);
    });
    return () => subscription.unsubscribe();
  }, [form]);
}
