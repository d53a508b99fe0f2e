"use client";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";

/**
 * A link shown once (an invitation, a password reset) for the owner to copy and pass on:
 * Protokoll sends no e-mail, and only the link's hash is stored.
 */
export function OneTimeLink({ id, label, url, copyLabel, copiedLabel }: { id: string; label: string; url: string; copyLabel: string; copiedLabel: string }) {
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Clipboard refused (e.g. not a secure context): the link stays selectable in the field.
      setCopied(false);
    }
  }
  return (
    <Alert tone="success">
      <label htmlFor={id} className="block">
        {label}
      </label>
      <div className="mt-2 flex gap-2">
        <Input id={id} readOnly value={url} onFocus={(e) => e.currentTarget.select()} />
        <Button variant="secondary" onClick={() => void copy()}>
          {copied ? copiedLabel : copyLabel}
        </Button>
      </div>
    </Alert>
  );
}
