-- Turning points are explained by the events of the months around them; find those without scanning every event.
CREATE INDEX events_by_month ON events (month) WHERE month IS NOT NULL;
