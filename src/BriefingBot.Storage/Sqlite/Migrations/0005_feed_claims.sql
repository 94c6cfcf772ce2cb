-- Who is polling a feed now: an instance claims a due poll until this time; saving the feed after the poll releases it.
ALTER TABLE feeds ADD COLUMN poll_claimed_until TEXT;
