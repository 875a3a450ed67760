// "Now", refreshed each minute: what depends on the clock (an SLA countdown, a
// WhatsApp window, "waiting since" filters) stays right on a screen left open.
import {useEffect, useState} from 'react';

export function useMinute(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), 60_000);
    return () => clearInterval(id);
  }, []);
  return now;
}
